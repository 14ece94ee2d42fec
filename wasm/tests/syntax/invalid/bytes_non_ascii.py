s = b'café'
