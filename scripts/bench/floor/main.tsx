/**
 * The benchmark's floor: the project's own stack (react, react-dom,
 * react-query, zustand, recharts) doing the least a chart page can do, fetch
 * one JSON file and draw one bar chart. Built by scripts/bench with the
 * project's vite; never shipped.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { create } from 'zustand';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import './floor.css';

export interface FloorData {
  title: string;
  points: { name: string; value: number }[];
}

const useUi = create<{ highlighted: string | null; highlight: (name: string | null) => void }>((set) => ({
  highlighted: null,
  highlight: (name) => set({ highlighted: name }),
}));

async function fetchData(): Promise<FloorData> {
  const res = await fetch(new URL('data.json', document.baseURI));
  if (!res.ok) throw new Error(`data.json: HTTP ${res.status}`);
  return (await res.json()) as FloorData;
}

function Chart() {
  const data = useQuery({ queryKey: ['data'], queryFn: fetchData });
  const highlight = useUi((s) => s.highlight);
  if (data.isPending) return <p>Loading…</p>;
  if (data.isError) return <p role="alert">{data.error.message}</p>;
  const width = Math.min(document.documentElement.clientWidth - 32, 640);
  return (
    <figure>
      <figcaption>{data.data.title}</figcaption>
      <BarChart width={width} height={240} data={data.data.points} onMouseLeave={() => highlight(null)}>
        <XAxis dataKey="name" />
        <YAxis />
        <Tooltip />
        <Bar dataKey="value" fill="#1d4ed8" isAnimationActive={false} />
      </BarChart>
    </figure>
  );
}

const queryClient = new QueryClient();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <main>
        <h1>Floor</h1>
        <Chart />
      </main>
    </QueryClientProvider>
  </StrictMode>,
);
