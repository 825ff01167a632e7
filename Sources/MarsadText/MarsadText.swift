// MarsadText: the Arabic text core. See the files of this module for each piece.
