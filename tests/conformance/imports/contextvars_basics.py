# contextvars: get with default, set and reset with a Token, and copy_context().run.
import contextvars
user = contextvars.ContextVar('user', default='anonymous')
print(user.get(), user.name)
token = user.set('ann')
print(user.get())
user.reset(token)
print(user.get())
request = contextvars.ContextVar('request')
try:
    request.get()
except LookupError as e:
    print('LookupError', type(e).__name__, e.args[0] is request)
print(request.get('fallback'))
def handler():
    user.set('inside copy')
    return user.get()
ctx = contextvars.copy_context()
print(ctx.run(handler), user.get())
print(ctx[user], user in ctx)
