-- The towns of Yongkang: codes and names only. Coordinates and neighbours are entered through the API.
insert into town (code, kind, name_zh, name_en) values
    ('DONGCHENG', 'SUBDISTRICT', '东城街道', 'Dongcheng Subdistrict'),
    ('XICHENG', 'SUBDISTRICT', '西城街道', 'Xicheng Subdistrict'),
    ('JIANGNAN', 'SUBDISTRICT', '江南街道', 'Jiangnan Subdistrict'),
    ('SHIZHU', 'TOWN', '石柱镇', 'Shizhu Town'),
    ('QIANCANG', 'TOWN', '前仓镇', 'Qiancang Town'),
    ('ZHOUSHAN', 'TOWN', '舟山镇', 'Zhoushan Town'),
    ('GUSHAN', 'TOWN', '古山镇', 'Gushan Town'),
    ('FANGYAN', 'TOWN', '方岩镇', 'Fangyan Town'),
    ('LONGSHAN', 'TOWN', '龙山镇', 'Longshan Town'),
    ('XIXI', 'TOWN', '西溪镇', 'Xixi Town'),
    ('XIANGZHU', 'TOWN', '象珠镇', 'Xiangzhu Town'),
    ('TANGXIAN', 'TOWN', '唐先镇', 'Tangxian Town'),
    ('HUAJIE', 'TOWN', '花街镇', 'Huajie Town'),
    ('ZHIYING', 'TOWN', '芝英镇', 'Zhiying Town'),
    ('ECON_DEV_ZONE', 'ZONE', '经济开发区', 'Economic Development Zone');

-- Published through the outbox like any other change, so consumers learn the towns from the topic.
insert into outbox_event (event_id, topic, message_key, event_type, subject, occurred_at, data)
select gen_random_uuid(), 'org.regions', code, 'org.jinguo.org.town.changed.v1', code, now(),
       jsonb_build_object('code', code, 'kind', kind, 'nameZh', name_zh, 'nameEn', name_en,
                          'latitude', null, 'longitude', null, 'neighborTownCodes', '[]'::jsonb, 'revision', version)
from town
order by code;
