print("hello')
