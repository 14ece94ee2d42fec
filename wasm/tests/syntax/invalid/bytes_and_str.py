s = b'data' 'text'
