s = b'\x4'
