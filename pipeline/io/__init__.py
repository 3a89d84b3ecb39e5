"""Reading documents: files and JSONL lines in, decoded and cleaned ``Document`` records out.

``inputs`` streams documents and failures from paths; ``decoding`` turns bytes
into text; ``cleaning`` blanks what must not reach the parser, in place;
``sections`` splits an article from its reader comments.
"""
