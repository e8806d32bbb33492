import { bodies, districts, educationSupportOffices, goals, officeOf, signatoryTitle, tasks } from '@gongron/domain';

describe('catalogs', () => {
  test('31 districts with stable, unique codes and Korean names', () => {
    expect(districts).toHaveLength(31);
    expect(new Set(districts.map((d) => d.code)).size).toBe(31);
    expect(new Set(districts.map((d) => d.name)).size).toBe(31);
    expect(districts.find((d) => d.code === 'hwaseong')).toMatchObject({ name: '화성시', romanizedName: 'Hwaseong', kind: 'city' });
    expect(districts.filter((d) => d.kind === 'county').map((d) => d.code)).toEqual(['gapyeong', 'yangpyeong', 'yeoncheon']);
  });

  test('25 education support offices serve every district exactly once', () => {
    expect(educationSupportOffices).toHaveLength(25);
    const served = educationSupportOffices.flatMap((office) => office.districts);
    expect([...served].sort()).toEqual(districts.map((d) => d.code).sort());
    expect(officeOf('osan')).toMatchObject({ name: '경기도화성오산교육지원청', districts: ['hwaseong', 'osan'] });
    expect(educationSupportOffices.filter((office) => office.districts.length === 2)).toHaveLength(6);
  });

  test('three bodies in the order agenda items flow through them', () => {
    expect(bodies.map((body) => body.code)).toEqual(['civic-council', 'working-council', 'steering-committee']);
    expect(bodies[0]?.name).toBe('민·관·학 지역교육협의체');
  });

  test('3 goals and 9 tasks with their Korean titles', () => {
    expect(goals.map((goal) => goal.valueName)).toEqual(['자율', '균형', '미래']);
    expect(tasks).toHaveLength(9);
    expect(tasks.every((task) => goals.find((goal) => goal.code === task.goal)?.tasks.includes(task.code))).toBe(true);
    expect(tasks.find((task) => task.code === '3-3')?.title).toBe('지역맞춤 공유학교 연계 교육활동 지원');
  });

  test('signatories: 교육장 for the office, 시장 for a city, 군수 for a county', () => {
    expect(signatoryTitle('suwon', 'education-office')).toBe('교육장');
    expect(signatoryTitle('suwon', 'local-government')).toBe('시장');
    expect(signatoryTitle('yeoncheon', 'local-government')).toBe('군수');
  });
});
