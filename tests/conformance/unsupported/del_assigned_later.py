# A __del__ added to a class after it was made also runs on the last reference.
class Resource:
    pass


def finalize(self):
    print("finalized")


Resource.__del__ = finalize
r = Resource()
r = None
print("end")
