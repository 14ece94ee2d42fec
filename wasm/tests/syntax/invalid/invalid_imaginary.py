n = 1jx
