from typing import List

Matrix = List[List[float]]

def matmul(a: Matrix, b: Matrix) -> Matrix:
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def transpose(m: Matrix) -> Matrix:
    return [list(r) for r in zip(*m)]

def identity(n: int) -> Matrix:
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def det(m: Matrix) -> float:
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))

def show(m: Matrix) -> None:
    for row in m:
        print(" ".join(f"{v:6.2f}" for v in row))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
print(transpose(a))
print(identity(3))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[4, 3], [6, 3]]))
print(matmul(identity(2), [[5, 6], [7, 8]]) == [[5, 6], [7, 8]])
flat = [v for row in b for v in row]
print(flat, flat[::2], flat[::-1][:3])
