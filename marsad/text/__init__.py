"""Text layer: normalisation for matching, sentences, tokens with clitics split."""
from marsad.text.normalize import fold, normalize
from marsad.text.sentences import split_sentences
from marsad.text.tokens import proclitic_splits, tokenize

__all__ = ["normalize", "fold", "split_sentences", "tokenize", "proclitic_splits"]
