# In the main module __builtins__ is the builtins module itself.
import builtins
print(type(__builtins__).__name__, __builtins__ is builtins)
print(hasattr(__builtins__, "len"))
