"""Names for built-in types, and SimpleNamespace."""

import sys as _sys


def _f():
    pass


async def _c():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
GeneratorType = type(_g())
CoroutineType = type(_c())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
del _f, _c, _g, _C


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, mapping_or_iterable=(), **kwargs):
        items = dict(mapping_or_iterable)
        items.update(kwargs)
        for k, v in items.items():
            setattr(self, k, v)

    def __repr__(self):
        return "namespace(%s)" % ", ".join("%s=%r" % (k, v) for k, v in self.__dict__.items())

    def __eq__(self, other):
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        return dict(self.__dict__) == dict(other.__dict__)


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, tuple(bases), ns)


def coroutine(func):
    return func
