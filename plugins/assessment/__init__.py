"""epi-assessment: a simplified self-assessment inspired by the ICC Index areas, scored the same
way offline (`epi assess answers.yaml`) and in the browser (the /self-assessment/ page)."""
