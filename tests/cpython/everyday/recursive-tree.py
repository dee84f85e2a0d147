tree = {
    "name": "root",
    "size": 0,
    "children": [
        {"name": "docs", "size": 120, "children": [
            {"name": "guide.md", "size": 40, "children": []},
            {"name": "api.md", "size": 75, "children": []},
        ]},
        {"name": "src", "size": 0, "children": [
            {"name": "main.py", "size": 310, "children": []},
            {"name": "util", "size": 0, "children": [
                {"name": "text.py", "size": 95, "children": []},
            ]},
        ]},
        {"name": "README", "size": 12, "children": []},
    ],
}

def total(node):
    return node["size"] + sum(total(c) for c in node["children"])

def show(node, prefix=""):
    print(f"{prefix}{node['name']} ({total(node)})")
    for i, child in enumerate(node["children"]):
        last = i == len(node["children"]) - 1
        show(child, prefix + ("    " if last else "|   "))

def find(node, pred, path=()):
    path = path + (node["name"],)
    if pred(node):
        yield "/".join(path)
    for c in node["children"]:
        yield from find(c, pred, path)

def depth(node):
    return 1 + max((depth(c) for c in node["children"]), default=0)

show(tree)
print(list(find(tree, lambda n: n["name"].endswith(".py"))))
print(depth(tree), total(tree))
flat = sorted(find(tree, lambda n: not n["children"]), key=lambda p: (p.count("/"), p))
print(flat)
