"""Collects what a calculation did — trace steps, next steps, warnings, sources — and turns it into
the result dict of the calculators contract. Using a parameter through Explanation.param cites its
source and, when the value is not verified, adds the warning by itself."""
import datetime as dt

from calculators.policy import NotCovered, ParamValue, Policy


class Explanation:
    def __init__(self, name: str, policy: Policy, as_of: dt.date):
        self.name, self.policy, self.as_of = name, policy, as_of
        self.trace: list[dict] = []
        self.next_steps: list[dict] = []
        self.warnings: list[dict] = []
        self._warned: set = set()
        self._sources: list[str] = []
        self._unverified: list = []
        self.figures: dict = {}
        self.headline = ""
        self.outcome = "info"

    def param(self, param_id: str, on: dt.date) -> ParamValue:
        pv = self.policy.value(param_id, on)
        self.cite(pv.reference.get("source"))
        if not pv.verified and pv not in self._unverified:
            self._unverified.append(pv)
        return pv

    def param_or_none(self, param_id: str, on: dt.date) -> ParamValue | None:
        """Like param(), but a date outside the data gives None and a warning instead of ending the calculation."""
        try:
            return self.param(param_id, on)
        except NotCovered as err:
            self.warn("not_covered", f"{err}。本站只在有依据的期间内计算，不作推测。", key=param_id)
            return None

    def cite(self, source_id: str | None) -> None:
        if source_id and source_id not in self._sources:
            self._sources.append(source_id)

    def basis(self, pv: ParamValue) -> str:
        """'（内政办发〔2025〕40号）' or '（《失业保险条例》第十七条）' for a parameter value."""
        ref = pv.reference
        article = ref.get("article", "")
        return f"（{self.policy.doc_label(ref.get('source'))}{article if article.startswith('第') else ''}）"

    def step(self, text: str, source: str | None = None, article: str | None = None, section: str | None = None):
        self.cite(source)
        self.trace.append({"text": text, "source": source, "article": article, "section": section})

    def step_param(self, text: str, pv: ParamValue, section: str | None = None):
        """A step whose rule is a parameter value; the text gets the value's basis appended."""
        self.step(text + self.basis(pv), pv.reference.get("source"), pv.reference.get("article"), section)

    def warn(self, code: str, text: str, key: str | None = None):
        if (code, key or text) not in self._warned:
            self._warned.add((code, key or text))
            self.warnings.append({"code": code, "text": text})

    def boundary(self, what: str, value: int, unit: str, consequence: str, word: str = "以上"):
        """Warn that a value sits exactly on a legal threshold worded with `word`. 《民法典》第一千二百五十九条
        says “以上” includes the number; it does not list “满”, which includes it by its ordinary meaning."""
        if word == "以上":
            why = "按《民法典》第一千二百五十九条，“以上”包括本数（这是类推适用的理解）"
            self.cite("civil_code")
        else:
            why = f"“{word}”按通常的理解包括本数（《民法典》第一千二百五十九条没有列出“{word}”，这是本站按字面含义的理解）"
        self.warn("boundary", f"{what}正好{value}{unit}，在界限上：{why}，{consequence}。请以经办机构核定为准。", key=what)

    def next(self, text: str, link: str | None = None):
        step = {"text": text, "link": link}
        if step not in self.next_steps:
            self.next_steps.append(step)

    def not_covered(self, err: NotCovered, outputs: tuple):
        """Finish a calculation that needed a parameter the data does not cover on that date."""
        for output in outputs:
            self.figures.setdefault(output.name, None)
        self.outcome = "uncertain"
        self.headline = f"无法给出结论：{err}"
        self.step(f"{err}：本站只按有依据的期间计算，这一日期不在已收录的规定范围内")
        self.warn("not_covered", f"{err}。本站只在有依据的期间内计算，不作推测。", key=err.param_id)
        self.next("请您向参保地经办机构或拨打 12333 咨询", "channels/")

    def _unverified_warnings(self) -> list[dict]:
        """One warning per caveat: parameters sharing a note (e.g. the subsidy rules after 2024) are named
        together. A value known only from a news report or repost (status "reported", 转述) gets its own
        caveat, the same one the parameters page shows."""
        groups: dict[tuple, list] = {}
        for pv in self._unverified:
            groups.setdefault((pv.status, pv.note or pv.id), []).append(pv)
        out = []
        for (status, _), pvs in groups.items():
            named = "、".join(f"“{pv.description}”（{pv.effective} 起的取值）" for pv in pvs)
            if status == "site_default":
                out.append({"code": "site_default_parameter",
                            "text": f"{named}是本站设定的默认值，不是官方规定。{pvs[0].note}".rstrip()})
            elif status == "reported":
                out.append({"code": "reported_parameter",
                            "text": f"{named}只见到新闻报道或转载（转述），没有见到官方原文，请以经办机构的答复为准。"
                                    f"{pvs[0].note}".rstrip()})
            else:
                out.append({"code": "unverified_parameter",
                            "text": f"{named}尚未经官方原文核实。{pvs[0].note}".rstrip()})
        return out

    def result(self) -> dict:
        out = {"calculator": self.name, "as_of": self.as_of.isoformat(), "data_version": self.policy.version,
               "headline": self.headline, "outcome": self.outcome}
        out.update(self.figures)
        out.update({"trace": self.trace, "next_steps": self.next_steps,
                    "warnings": self._unverified_warnings() + self.warnings,
                    "sources": [self.policy.source_entry(s) for s in self._sources]})
        return out


def run_rules(name: str, outputs: tuple, rules, inputs: dict, policy: Policy, as_of: dt.date) -> dict:
    """Run a calculator's rules (rules(inputs, ex) fills ex) and return the result dict."""
    ex = Explanation(name, policy, as_of)
    try:
        rules(inputs, ex)
    except NotCovered as err:
        ex.not_covered(err, outputs)
    return ex.result()
