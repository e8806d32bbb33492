/**
 * A horizontal bar chart drawn as SVG: groups of bars (e.g. 배정액 and 집행액 per funder) on one
 * scale. It is a picture (role="img") with a title that says what it shows; the figures
 * themselves are in the accessible table the page puts beside every chart, so nobody depends on
 * seeing the bars.
 */
export interface BarGroup {
  readonly label: string;
  readonly bars: readonly { readonly label: string; readonly value: number; readonly text: string }[];
}

const COLOURS = ['#256ef4', '#e57b00'] as const;
const BAR = 18;
const GAP = 6;
const GROUP_GAP = 18;
const LABEL_WIDTH = 110;
const WIDTH = 560;
const VALUE_WIDTH = 110;

export function BarChart({
  id,
  title,
  groups,
  legend,
}: {
  id: string;
  title: string;
  groups: readonly BarGroup[];
  legend: readonly string[];
}) {
  const max = Math.max(1, ...groups.flatMap((group) => group.bars.map((bar) => bar.value)));
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const groupHeight = (group: BarGroup) => group.bars.length * (BAR + GAP) - GAP;
  let y = 28;
  const rows = groups.map((group) => {
    const top = y;
    y += groupHeight(group) + GROUP_GAP;
    return { group, top };
  });
  const height = y;
  return (
    <figure class="gongron-chart" aria-labelledby={`${id}-title`}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title`} width="100%" preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-title`}>{title}</title>
        {legend.map((label, index) => (
          <g key={label} transform={`translate(${LABEL_WIDTH + index * 120}, 6)`}>
            <rect width="14" height="14" fill={COLOURS[index % COLOURS.length]} />
            <text x="20" y="12" font-size="13" fill="#1e2124">
              {label}
            </text>
          </g>
        ))}
        {rows.map(({ group, top }) => (
          <g key={group.label}>
            <text x="0" y={top + groupHeight(group) / 2 + 5} font-size="13" fill="#1e2124">
              {group.label}
            </text>
            {group.bars.map((bar, index) => {
              const width = Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * plot);
              const barTop = top + index * (BAR + GAP);
              return (
                <g key={bar.label}>
                  <rect x={LABEL_WIDTH} y={barTop} width={width} height={BAR} fill={COLOURS[index % COLOURS.length]}>
                    <title>{`${group.label} ${bar.label}: ${bar.text}`}</title>
                  </rect>
                  <text x={LABEL_WIDTH + width + 6} y={barTop + BAR - 4} font-size="12" fill="#1e2124">
                    {bar.text}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
    </figure>
  );
}
