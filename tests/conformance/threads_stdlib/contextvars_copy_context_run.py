# copy_context().run isolates changes made inside the run from the caller's context.
import contextvars

color = contextvars.ContextVar("color", default="white")
color.set("blue")
ctx = contextvars.copy_context()


def paint():
    print("inside run sees:", color.get())
    color.set("red")
    print("inside run after set:", color.get())
    return "painted"


print(ctx.run(paint))
print("caller still:", color.get())
print("context kept the change:", ctx[color], color in ctx, len(ctx) >= 1)
print("ctx.get:", ctx.get(color), "run again sees:", ctx.run(color.get))
