// MarsadCorpus
