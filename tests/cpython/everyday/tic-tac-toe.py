from typing import List, Optional

Board = List[List[str]]
LINES = [[(r, c) for c in range(3)] for r in range(3)] + \
        [[(r, c) for r in range(3)] for c in range(3)] + \
        [[(i, i) for i in range(3)], [(i, 2 - i) for i in range(3)]]

def winner(b: Board) -> Optional[str]:
    for line in LINES:
        vals = {b[r][c] for r, c in line}
        if len(vals) == 1 and (v := vals.pop()) != " ":
            return v
    return None

def render(b: Board) -> str:
    return "\n-+-+-\n".join("|".join(row) for row in b)

board = [[" "] * 3 for _ in range(3)]
moves = [(1, 1), (0, 0), (2, 2), (0, 2), (0, 1), (2, 1), (1, 0), (1, 2), (2, 0)]
player = "X"
for r, c in moves:
    board[r][c] = player
    if w := winner(board):
        print(f"{w} wins after {sum(cell != ' ' for row in board for cell in row)} moves")
        break
    player = "O" if player == "X" else "X"
else:
    print("draw")
print(render(board))
print([["".join(row) for row in board]], board[::-1][0], [row[::-1] for row in board][1])
