"""Small server-rendered SVG charts (no JavaScript chart library)."""

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


def accuracy_chart(
    points: list[tuple[str, float]], *, width: int = 640, height: int = 220, title: str = ""
) -> SafeString:
    """A line of accuracies (0..1) with their labels, as an accessible inline SVG."""
    if not points:
        return mark_safe("")
    pad, inner_w, inner_h = 36, width - 52, height - 60
    step = inner_w / max(len(points) - 1, 1)
    xy = [(pad + i * step, 16 + inner_h * (1 - value)) for i, (_, value) in enumerate(points)]
    grid = "".join(
        f'<line x1="{pad}" x2="{pad + inner_w}" y1="{16 + inner_h * (1 - v)}" '
        f'y2="{16 + inner_h * (1 - v)}" class="grid"/>'
        f'<text x="{pad - 6}" y="{20 + inner_h * (1 - v)}" class="axis" text-anchor="end">'
        f"{int(v * 100)}%</text>"
        for v in (0, 0.5, 1)
    )
    line = " ".join(f"{x:.1f},{y:.1f}" for x, y in xy)
    dots = "".join(
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4"><title>{escape(label)}: {int(value * 100)}%'
        f"</title></circle>"
        for (x, y), (label, value) in zip(xy, points, strict=True)
    )
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-label="{}">{}'
        '<polyline points="{}" class="line"/>{}</svg>',
        width,
        height,
        title,
        mark_safe(grid),
        line,
        mark_safe(dots),
    )
