/**
 * An observation's id: its company, metric, period and the rule that made it
 * (`mashang:employees_total:FY2022:mashang-000-employees-total`). The schema holds
 * every observation's id to it, so the compare page's files can leave it out and
 * the app restores it (model/schema.ts, cardObservationSchema).
 */
export function observationId(o: { company: string; metric: string; period: string; rule: string }): string {
  return `${o.company}:${o.metric}:${o.period}:${o.rule}`;
}
