# types: SimpleNamespace, MappingProxyType, FunctionType and friends (issue 14).
## case simple-namespace
from types import SimpleNamespace
ns = SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, vars(ns), ns == SimpleNamespace(a=1, b="x", c=[1]))
## case mapping-proxy
from types import MappingProxyType
mp = MappingProxyType({"k": 1})
print(mp["k"], len(mp), dict(mp))
try:
    mp["k"] = 2
except TypeError as e:
    print(type(e).__name__)
## case function-types
import types
def f():
    pass
def g():
    yield
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(g(), types.GeneratorType), isinstance(types, types.ModuleType))
## case method-type-and-lambda
import types
class C:
    def m(self):
        return 1
print(isinstance(C().m, types.MethodType), isinstance(lambda: 0, types.LambdaType), types.NoneType)
## case module-type-new
import types
m = types.ModuleType("mymod")
m.x = 5
print(m.__name__, m.x)
