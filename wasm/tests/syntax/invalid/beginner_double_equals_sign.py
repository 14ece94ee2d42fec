local = threading.local()
local.value = = 1
