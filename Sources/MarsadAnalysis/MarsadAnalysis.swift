// MarsadAnalysis
