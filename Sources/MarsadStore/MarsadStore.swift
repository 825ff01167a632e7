// MarsadStore
