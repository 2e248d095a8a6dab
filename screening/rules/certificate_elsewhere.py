"""参保地或领金地以外所获证书领取技能提升补贴 (通知六): a certificate issued in another province than
the one where the person is insured. One flag per certificate."""
from screening.places import province_name

NAME = "certificate_elsewhere"
TITLE = "参保地以外所获证书"
SECTION = "六"
QUOTE = "参保地或领金地以外所获证书领取技能提升补贴"
NEEDS = ("subsidies",)


def check(run) -> list:
    subsidies = run.table("subsidies")
    issued_in, insured_in = subsidies.cols["issued_place"], subsidies.cols["insured_place"]
    certificates, lines = subsidies.cols["certificate_no"], subsidies.lines
    found: dict[str, list] = {}
    for index, place in enumerate(issued_in):
        if place and insured_in[index] and place != insured_in[index]:
            found.setdefault(certificates[index], []).append(index)
    return [run.flag(NAME, "subsidies", certificate, [lines[i] for i in indexes],
                     f"证书在{province_name(issued_in[indexes[0]])}取得，参保地在{province_name(insured_in[indexes[0]])}")
            for certificate, indexes in found.items()]
