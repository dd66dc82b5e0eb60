import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ApplicationStats } from '../../../../shared/domain/application';
import { Card } from '../../components/ui/card';

const pct = (n: number) => `${Math.round(n * 100)}%`;

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-lg border border-border p-4">
      <div className="text-xs uppercase tracking-wide text-fg-muted">{label}</div>
      <div className="text-2xl font-semibold tabular-nums">{value}</div>
    </div>
  );
}

function Chart({ title, children }: { title: string; children: React.ReactElement }) {
  return (
    <Card className="p-4">
      <h3 className="mb-2 font-semibold">{title}</h3>
      <div className="h-56" role="img" aria-label={title}>
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </Card>
  );
}

/** The insight: funnel, response rate and time, applications per week, outcomes by match band and source. */
export function InsightDashboard({ stats }: { stats: ApplicationStats }) {
  const funnel = [
    { stage: 'Applied', count: stats.funnel.applied },
    { stage: 'Screening', count: stats.funnel.screening },
    { stage: 'Interviewing', count: stats.funnel.interviewing },
    { stage: 'Offer', count: stats.funnel.offer },
  ];
  const bands = stats.byMatchBand.map((b) => ({
    band: b.key,
    'interview rate': b.applied ? b.interviews / b.applied : 0,
    'response rate': b.applied ? b.responded / b.applied : 0,
  }));
  return (
    <section aria-label="Insight" className="flex flex-col gap-4">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label="Applications" value={String(stats.total)} />
        <Stat label="Response rate" value={pct(stats.responseRate)} />
        <Stat
          label="Median days to response"
          value={stats.medianDaysToResponse === null ? '–' : String(stats.medianDaysToResponse)}
        />
        <Stat label="Offers" value={String(stats.funnel.offer)} />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Chart title="Funnel">
          <BarChart data={funnel} layout="vertical" margin={{ left: 24 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="stage" width={90} />
            <Tooltip />
            <Bar dataKey="count" fill="var(--color-accent, #2563eb)" isAnimationActive={false} />
          </BarChart>
        </Chart>
        <Chart title="Applications per week">
          <BarChart data={stats.perWeek.slice(-26)}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="week" tick={{ fontSize: 10 }} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="count" fill="var(--color-accent, #2563eb)" isAnimationActive={false} />
          </BarChart>
        </Chart>
        <Chart title="Do higher matches get more interviews?">
          <BarChart data={bands}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="band" />
            <YAxis tickFormatter={pct} domain={[0, 1]} />
            <Tooltip formatter={(v) => pct(Number(v))} />
            <Legend />
            <Bar dataKey="response rate" fill="#64748b" isAnimationActive={false} />
            <Bar dataKey="interview rate" fill="var(--color-accent, #2563eb)" isAnimationActive={false} />
          </BarChart>
        </Chart>
        <Card className="p-4">
          <h3 className="mb-2 font-semibold">Outcomes by source</h3>
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left text-fg-muted">
                <th>Source</th>
                <th>Applied</th>
                <th>Responses</th>
                <th>Interviews</th>
                <th>Offers</th>
              </tr>
            </thead>
            <tbody>
              {stats.bySource.map((s) => (
                <tr key={s.key} className="tabular-nums">
                  <td>{s.key}</td>
                  <td>{s.applied}</td>
                  <td>{s.responded}</td>
                  <td>{s.interviews}</td>
                  <td>{s.offers}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      </div>
    </section>
  );
}
