class InputError(Exception):
    """Invalid input: carries every problem found, one {field, message} per problem (messages in Chinese)."""

    def __init__(self, errors: list[dict]):
        super().__init__("; ".join(e["message"] for e in errors))
        self.errors = errors

    @classmethod
    def one(cls, field, message: str) -> "InputError":
        return cls([{"field": field, "message": message}])
