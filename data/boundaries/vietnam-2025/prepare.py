#!/usr/bin/env python3
"""Derives the attribute files of data/boundaries/vietnam-2025 and data/boundaries/vinh-long-2025 from the
vn-admin-data 'vietnam-2025' folder (see the READMEs for its provenance). Standard library only.

    python3 prepare.py --source PATH/TO/vn-admin-data/vietnam-2025

Writes, next to this script and in ../vinh-long-2025:
  units.csv(.gz)          34 provinces (or the one) then the commune-level units, with parent, declared area and population
  figure-doubts.csv(.gz)  one row per doubt on a declared figure, reason in Vietnamese, from quality_units.csv
  crosswalk(...).csv(.gz) old commune code -> new code (whole / part), copied (Vĩnh Long: the rows of province 86)
The ward polygons are copied (Vĩnh Long, full resolution) or simplified by `boundaries simplify` (national);
see README.md. Output is byte-for-byte reproducible (gzip without name or time stamp).
"""
import argparse, csv, gzip, io, json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
VINH_LONG = os.path.join(HERE, '..', 'vinh-long-2025')
DOUBT_SOURCE = 'Đánh giá chất lượng số liệu: vn-admin-data vietnam-2025, QUALITY.md và quality_units.csv'


def vn(x, digits=2):
    """A number as officials write it: 1.234,56."""
    s = f'{x:,.{digits}f}'
    return s.replace(',', ' ').replace('.', ',').replace(' ', '.')


def write(path, header, rows, gz):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(header)
    w.writerows(rows)
    data = buf.getvalue().encode('utf-8')
    if gz:
        with open(path + '.gz', 'wb') as f:
            f.write(gzip.compress(data, compresslevel=9, mtime=0))
    else:
        with open(path, 'wb') as f:
            f.write(data)


def province_type(name):
    return 'Thành phố trực thuộc trung ương' if name.startswith('Thành phố') else 'Tỉnh'


def unit_rows(provinces, wards, keep):
    rows = []
    for p in provinces:
        if keep(p['code']):
            rows.append([p['code'], p['name'], province_type(p['name']), '', f"{p['area_km2']}", p['population'] or '',
                         p['predecessors'], ''])
    for w in wards:
        if keep(w['province_code']):
            rows.append([w['code'], w['name'], w['type'], w['province_code'], w['area_km2'], w['population'],
                         w['predecessors'], w['seat']])
    return rows


def doubts(q):
    """The doubts of one quality_units.csv row: (figure, reason)."""
    out = []
    fix = q['population_fix']
    if fix.startswith('realigned'):
        out.append(('population', f"Trên bản đồ nguồn, diện tích và dân số ghi ở bản ghi của đơn vị lân cận (lệch một bản ghi); "
                                  f"dân số đã được lấy lại từ bản ghi mã {fix.split(':')[1]} có diện tích đúng bằng diện tích công bố của đơn vị"))
    elif fix == 'unverified':
        out.append(('population', 'Trên bản đồ nguồn, số liệu ghi lệch sang đơn vị lân cận và không xác định được bản ghi đúng; dân số chưa được kiểm chứng'))
    flag = q['population_flag']
    ratio = q['population_ratio_to_census2019']
    census = q['census2019_full_predecessors']
    if flag.startswith('low'):
        out.append(('population', f"Dân số công bố ({vn(int(q['population']), 0)} người) thấp hơn một nửa dân số Tổng điều tra 1/4/2019 "
                                  f"của các đơn vị cũ hợp thành ({vn(int(census), 0)} người; tỷ lệ {vn(float(ratio), 3)}); có thể thiếu chữ số"))
    elif flag.startswith('high'):
        out.append(('population', f"Dân số công bố ({vn(int(q['population']), 0)} người) cao hơn hai lần dân số Tổng điều tra 1/4/2019 "
                                  f"của các đơn vị cũ hợp thành ({vn(int(census), 0)} người; tỷ lệ {vn(float(ratio), 3)})"))
    elif flag.startswith('below 1,000'):
        out.append(('population', f"Dân số công bố ({vn(int(q['population']), 0)} người) dưới 1.000 người; không đối chiếu được với Tổng điều tra 1/4/2019"))
    if q['area_fix'] == 'shift' and not fix.startswith('realigned') and fix != 'unverified':
        out.append(('area', 'Trên bản đồ nguồn, diện tích ghi ở bản ghi của đơn vị lân cận; diện tích lấy theo số liệu riêng của đơn vị'))
    r = float(q['area_ratio_declared_to_geodesic']) if q['area_ratio_declared_to_geodesic'] else None
    if r is not None and not 0.9 <= r <= 1.1:
        out.append(('area', f"Diện tích công bố ({vn(float(q['area_km2']))} km²) bằng {vn(r, 3)} lần diện tích đo trên ellipsoid "
                            f"của ranh giới ({vn(float(q['geodesic_area_km2']))} km²), lệch quá 10 %"))
    ov = float(q['overlap_with_neighbours_km2'] or 0)
    if ov >= 0.01:
        out.append(('area', f"Ranh giới chồng lấn ranh giới đơn vị lân cận {vn(ov, 3)} km²"))
    return out


def province_doubts(provinces, wards):
    """Doubts on a province whose units' declared figures do not add up to its own (outside 0.9-1.1)."""
    out = []
    for p in provinces:
        mine = [w for w in wards if w['province_code'] == p['code']]
        people = sum(int(w['population']) for w in mine if w['population'])
        km2 = sum(float(w['area_km2']) for w in mine)
        if p['population'] and not 0.9 <= people / p['population'] <= 1.1:
            out.append([p['code'], 'population', f"Tổng dân số công bố của {len(mine)} xã, phường, đặc khu ({vn(people, 0)} người) bằng "
                                                 f"{vn(100 * people / p['population'], 1)} % dân số công bố của tỉnh ({vn(p['population'], 0)} người)", DOUBT_SOURCE])
        if not 0.9 <= km2 / p['area_km2'] <= 1.1:
            out.append([p['code'], 'area', f"Tổng diện tích công bố của {len(mine)} xã, phường, đặc khu ({vn(km2)} km²) bằng "
                                           f"{vn(100 * km2 / p['area_km2'], 1)} % diện tích công bố của tỉnh ({vn(p['area_km2'])} km²)", DOUBT_SOURCE])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--source', required=True, help='the vn-admin-data vietnam-2025 folder')
    src = ap.parse_args().source
    with gzip.open(os.path.join(src, 'provinces.geojson.gz'), 'rt', encoding='utf-8') as f:
        provinces = [ft['properties'] for ft in json.load(f)['features']]
    with open(os.path.join(src, 'units_2025.csv'), encoding='utf-8') as f:
        wards = list(csv.DictReader(f))
    with open(os.path.join(src, 'quality_units.csv'), encoding='utf-8') as f:
        quality = list(csv.DictReader(f))
    with open(os.path.join(src, 'crosswalk_2025-07-01.csv'), encoding='utf-8') as f:
        cw_reader = csv.reader(f)
        cw_header = next(cw_reader)
        crosswalk = list(cw_reader)

    unit_header = ['code', 'name', 'type', 'parent_code', 'area_km2', 'population', 'predecessors', 'seat']
    doubt_header = ['code', 'figure', 'reason', 'source']
    all_doubts = province_doubts(provinces, wards) + [[q['code'], fig, reason, DOUBT_SOURCE] for q in quality for fig, reason in doubts(q)]
    write(os.path.join(HERE, 'units.csv'), unit_header, unit_rows(provinces, wards, lambda c: True), gz=True)
    write(os.path.join(HERE, 'figure-doubts.csv'), doubt_header, all_doubts, gz=True)
    write(os.path.join(HERE, 'crosswalk_2025-07-01.csv'), cw_header, crosswalk, gz=True)

    in86 = {q['code'] for q in quality if q['province_code'] == '86'} | {'86'}
    write(os.path.join(VINH_LONG, 'units.csv'), unit_header, unit_rows(provinces, wards, lambda c: c == '86'), gz=False)
    write(os.path.join(VINH_LONG, 'figure-doubts.csv'), doubt_header, [d for d in all_doubts if d[0] in in86], gz=False)
    npc = cw_header.index('new_province_code')
    write(os.path.join(VINH_LONG, 'crosswalk_2025-07-01.csv'), cw_header, [r for r in crosswalk if r[npc] == '86'], gz=False)
    shutil.copyfile(os.path.join(src, 'wards', '86.geojson.gz'), os.path.join(VINH_LONG, 'wards_sapnhap_2025.geojson.gz'))


if __name__ == '__main__':
    main()
