doc = """Starts here

never ends
