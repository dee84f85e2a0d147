class InsufficientFunds(Exception):
    pass

class Account:
    interest_rate = 0.02

    def __init__(self, owner: str, balance: float = 0.0):
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self) -> float:
        return self._balance

    def deposit(self, amount: float) -> None:
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount: float) -> None:
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has only {self._balance:.2f}")
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self._balance:.2f})"

    def __str__(self):
        return f"{self.owner}: ${self._balance:,.2f}"

class Savings(Account):
    interest_rate = 0.05

    def add_interest(self):
        self.deposit(round(self.balance * self.interest_rate, 2))

acct = Account("ada", 100)
acct.deposit(50)
try:
    acct.withdraw(500)
except InsufficientFunds as e:
    print("error:", e)
try:
    acct.deposit(-5)
except ValueError as e:
    print("error:", e)
s = Savings("bob", 1000)
s.add_interest()
s.withdraw(25.5)
print(acct, repr(acct), acct.history)
print(s, s.history, isinstance(s, Account), Savings.__mro__[1].__name__)
