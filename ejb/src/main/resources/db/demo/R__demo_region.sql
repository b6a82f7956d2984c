-- Demo region for the dev stack (enabled by ZHURNAL_DEMO_DATA=true). Idempotent.
INSERT INTO region (code, name, time_zone)
VALUES ('24', 'Красноярский край', 'Asia/Krasnoyarsk')
ON CONFLICT (code) DO NOTHING;

INSERT INTO school (region_id, full_name, short_name, inn, ogrn, address)
SELECT r.id, s.full_name, s.short_name, s.inn, s.ogrn, s.address
FROM region r
CROSS JOIN (VALUES
    ('Муниципальное автономное общеобразовательное учреждение «Средняя школа № 1»', 'МАОУ СШ № 1',
     '2460000011', '1022401000011', 'г. Красноярск, ул. Ленина, д. 1'),
    ('Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 2»', 'МБОУ Гимназия № 2',
     '2460000029', '1022401000022', 'г. Красноярск, пр. Мира, д. 12'),
    ('Муниципальное бюджетное общеобразовательное учреждение «Лицей № 3»', 'МБОУ Лицей № 3',
     '2465000036', '1022401000033', 'г. Ачинск, ул. Кирова, д. 5')
) AS s (full_name, short_name, inn, ogrn, address)
WHERE r.code = '24'
ON CONFLICT (region_id, inn) DO NOTHING;
