from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def dec(value) -> Decimal:
    """A compiled-policy number (JSON int/float) as an exact Decimal."""
    return Decimal(str(value))


def cents(value: Decimal) -> str:
    """Money as the contract writes it: two places, rounded half-up ("2261.00")."""
    return str(value.quantize(CENT, rounding=ROUND_HALF_UP))


def percent(ratio) -> str:
    return f"{(dec(ratio) * 100).normalize():f}%"
