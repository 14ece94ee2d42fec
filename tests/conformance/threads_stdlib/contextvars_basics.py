# ContextVar default, set/reset with a Token, and LookupError without a default.
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")
user = contextvars.ContextVar("user")
print(request_id.name, request_id.get())
token = request_id.set("req-1")
print("after set:", request_id.get(), "old value:", token.old_value)
inner = request_id.set("req-2")
print("nested:", request_id.get(), inner.old_value)
request_id.reset(inner)
print("after inner reset:", request_id.get())
request_id.reset(token)
print("after reset:", request_id.get())
print("token.old_value of first set is MISSING:", token.old_value is contextvars.Token.MISSING)
try:
    user.get()
except LookupError as exc:
    print("get() without a value raises", type(exc).__name__)
print("get with fallback:", user.get("guest"))
try:
    request_id.reset(token)
except RuntimeError as exc:
    # The message embeds the token's repr (with addresses), so only its ending is shown.
    print("RuntimeError ends with:", str(exc).split("> ")[-1])
