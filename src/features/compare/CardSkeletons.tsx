export function CardSkeletons({ label }: { label: string }) {
  return (
    <div className="card-grid" role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="metric-card skeleton" aria-hidden="true">
          <div className="skeleton-line wide" />
          <div className="skeleton-line" />
          <div className="skeleton-block" />
        </div>
      ))}
    </div>
  );
}
