// MarsadInput
