-- Demo region for the dev stack (enabled by ZHURNAL_DEMO_DATA=true). Idempotent.
INSERT INTO region (code, name, time_zone)
VALUES ('24', 'Красноярский край', 'Asia/Krasnoyarsk')
ON CONFLICT (code) DO NOTHING;

-- The first demo INNs and OGRNs had wrong check digits; databases that have them get them corrected.
UPDATE school SET inn = v.new_inn, ogrn = v.new_ogrn
FROM (VALUES
    ('2460000011', '2460000010', '1022401000016'),
    ('2460000029', '2460000028', '1022401000027'),
    ('2465000036', '2465000039', '1022401000038')
) AS v (old_inn, new_inn, new_ogrn)
WHERE school.inn = v.old_inn
  AND NOT EXISTS (SELECT 1 FROM school other WHERE other.region_id = school.region_id AND other.inn = v.new_inn);

INSERT INTO municipality (region_id, name)
SELECT r.id, m.name
FROM region r
CROSS JOIN (VALUES ('г. Красноярск'), ('г. Ачинск')) AS m (name)
WHERE r.code = '24'
ON CONFLICT DO NOTHING;

INSERT INTO school (region_id, full_name, short_name, inn, ogrn, address)
SELECT r.id, s.full_name, s.short_name, s.inn, s.ogrn, s.address
FROM region r
CROSS JOIN (VALUES
    ('Муниципальное автономное общеобразовательное учреждение «Средняя школа № 1»', 'МАОУ СШ № 1',
     '2460000010', '1022401000016', 'г. Красноярск, ул. Ленина, д. 1'),
    ('Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 2»', 'МБОУ Гимназия № 2',
     '2460000028', '1022401000027', 'г. Красноярск, пр. Мира, д. 12'),
    ('Муниципальное бюджетное общеобразовательное учреждение «Лицей № 3»', 'МБОУ Лицей № 3',
     '2465000039', '1022401000038', 'г. Ачинск, ул. Кирова, д. 5')
) AS s (full_name, short_name, inn, ogrn, address)
WHERE r.code = '24'
ON CONFLICT (region_id, inn) DO NOTHING;

UPDATE school SET municipality_id = m.id
FROM region r, municipality m, (VALUES
    ('2460000010', 'г. Красноярск'),
    ('2460000028', 'г. Красноярск'),
    ('2465000039', 'г. Ачинск')
) AS v (inn, municipality)
WHERE r.code = '24' AND school.region_id = r.id AND m.region_id = r.id
  AND school.inn = v.inn AND m.name = v.municipality AND school.municipality_id IS NULL;

-- The demo journal administrator of school № 1 (Кузнецов Андрей Сергеевич). His card has no SNILS here:
-- SNILS is stored only encrypted with the deployment's key, which a script does not have.
INSERT INTO person (surname, given_name, patronymic, sex)
SELECT 'Кузнецов', 'Андрей', 'Сергеевич', 'MALE'
WHERE NOT EXISTS (SELECT 1 FROM person WHERE surname = 'Кузнецов' AND given_name = 'Андрей'
                  AND patronymic = 'Сергеевич' AND snils_hash IS NULL);

INSERT INTO staff_position (school_id, person_id, position, valid_from)
SELECT s.id, p.id, 'JOURNAL_ADMIN', DATE '2025-09-01'
FROM region r
JOIN school s ON s.region_id = r.id AND s.inn = '2460000010'
JOIN person p ON p.surname = 'Кузнецов' AND p.given_name = 'Андрей' AND p.patronymic = 'Сергеевич'
                 AND p.snils_hash IS NULL
WHERE r.code = '24'
  AND NOT EXISTS (SELECT 1 FROM staff_position sp WHERE sp.school_id = s.id AND sp.person_id = p.id
                  AND sp.position = 'JOURNAL_ADMIN');
