"""Measure chronology against gold annotations: TempEval-3 timex figures, event triggers and
anchoring, and event tense (`chronology evaluate`).

Modules: `corpus` reads gold and predictions, `matching` aligns spans one-to-one, `timex_scoring`,
`event_scoring` and `tense_scoring` compute the figures, `runner` puts them together (tagging the gold
texts when no predictions are given), and `report` prints them.
"""

from chronology.evaluation.runner import Evaluation, EvaluationUnavailable, evaluate

__all__ = ["Evaluation", "EvaluationUnavailable", "evaluate"]
