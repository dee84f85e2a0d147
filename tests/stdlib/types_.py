import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [3]
print(ns.a, ns.b, ns.c, ns == types.SimpleNamespace(a=1, b="x", c=[3]))
print(repr(types.SimpleNamespace(x=1)), repr(types.SimpleNamespace()))
def f():
    pass
def g():
    yield 1
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType))
print(isinstance(types, types.ModuleType), isinstance(None, types.NoneType), isinstance(len, types.BuiltinFunctionType))
class K:
    def m(self):
        pass
print(isinstance(K().m, types.MethodType))
