// MarsadKnowledge
