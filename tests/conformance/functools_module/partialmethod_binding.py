# partialmethod binds like a method; function __get__ and partial objects stored on classes.
import functools


class Light:
    def __init__(self):
        self.state = "off"

    def set_state(self, state, brightness=100):
        self.state = f"{state}@{brightness}"
        return self.state

    on = functools.partialmethod(set_state, "on")
    dim = functools.partialmethod(set_state, "on", brightness=20)
    off = functools.partialmethod(set_state, "off", 0)


light = Light()
print(light.on(), light.dim(), light.on(brightness=50), light.off())
print(Light.on(light), type(Light.__dict__["on"]).__name__)


def greet(self, greeting):
    return f"{greeting} from {self.name}"


class Person:
    name = "Ada"
    hello = functools.partial(greet, greeting="hi")


print("a partial on a class does not bind:", Person.hello(Person()))
bound = greet.__get__(Person())
print(bound("hey"), greet.__get__(None, Person) is greet)
