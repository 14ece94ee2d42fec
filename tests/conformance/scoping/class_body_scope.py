# Class bodies form a scope that methods and nested functions do not see.
factor = 'module'
class Config:
    factor = 3
    doubled = factor * 2
    names = ['a', 'b']
    first = names[0]
    def get_factor(self):
        return factor
    def get_class_factor(self):
        return self.factor
print(Config.doubled, Config.first)
print(Config().get_factor(), Config().get_class_factor())
class Counter:
    count = 0
    def bump(self):
        Counter.count += 1
        return Counter.count
c = Counter()
c.bump(); c.bump()
print(Counter.count)
def make_class(value):
    class Inner:
        captured = value
        def get(self):
            return value
    return Inner
K = make_class(42)
print(K.captured, K().get())
