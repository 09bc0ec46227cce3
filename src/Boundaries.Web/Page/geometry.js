// Small geometry on the display shapes (lon/lat), for choosing defaults in dialogs; never for figures.

export function centroid(ring) {
  const n = ring.length - 1;
  return ring.slice(0, n).reduce(([x, y], [lon, lat]) => [x + lon / n, y + lat / n], [0, 0]);
}

// Even-odd rule over every ring, so a point in a hole is outside.
export function contains(geometry, [x, y]) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((rings) => rings.reduce((inside, ring) => {
    let crossing = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) crossing = !crossing;
    }
    return crossing ? !inside : inside;
  }, false));
}

// Whether two projected boxes (km) touch, with 50 m to spare for slivers between neighbours.
export function touches(a, b) {
  if (!a || !b) return false;
  const pad = 0.05;
  return a.minX <= b.maxX + pad && a.maxX >= b.minX - pad && a.minY <= b.maxY + pad && a.maxY >= b.minY - pad;
}
