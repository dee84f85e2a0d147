"""Abstract base classes: ABC, abstractmethod (and abstract class/static methods, properties).

ABCMeta is the metaclass: calling a class that still has abstract methods is a TypeError.
"""

_abstract = set()  # ids of marked objects that take no attributes (a staticmethod, a builtin)


def abstractmethod(funcobj):
    try:
        funcobj.__isabstractmethod__ = True
    except AttributeError:
        _abstract.add(id(funcobj))
    _keep.append(funcobj)
    return funcobj


_keep = []  # holds the marked functions, so their ids stay theirs


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False) or id(value) in _abstract:
        return True
    if isinstance(value, (classmethod, staticmethod)):
        return _is_abstract(getattr(value, "__func__", None))
    if isinstance(value, property):
        return _is_abstract(value.fget)
    return False


class abstractclassmethod(classmethod):
    pass


class abstractstaticmethod(staticmethod):
    pass


class abstractproperty(property):
    pass


def _abstract_names(cls):
    # Walk the class and its bases; a name counts once, from the nearest class that defines it.
    seen = set()
    names = []
    todo = [cls]
    while todo:
        c = todo.pop(0)
        for name, value in c.__dict__.items():
            if name in seen:
                continue
            seen.add(name)
            if _is_abstract(value):
                names.append(name)
        todo.extend(getattr(c, "__bases__", ()))
    names.sort()
    return names


class ABCMeta(type):
    def __call__(cls, *args, **kwargs):
        names = _abstract_names(cls)
        if names:
            raise TypeError(
                "Can't instantiate abstract class %s with abstract method%s %s"
                % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names))
            )
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if "_abc_registry" not in cls.__dict__:
            cls._abc_registry = []
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, "__mro__", ()):
            return True
        for c in cls.__mro__:
            for registered in c.__dict__.get("_abc_registry", ()):
                if registered is subclass or issubclass(subclass, registered):
                    return True
        return False


class ABC(metaclass=ABCMeta):
    """Subclass this to make a class abstract: it cannot be instantiated while it has abstract
    methods."""


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    return cls
