package org.jinguo.bench.coverage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills org-service's database with a large register straight in SQL (a benchmark's fixture, not
 * data for people): the city federation, a federation per town, industry federations and unit
 * federations up to {@code organizations}; {@code units} units spread over the towns, domains and
 * industries, registered 2015–2024; and coverages for about 70% of them, a fifth of which ended
 * and restarted under another organisation, so the report reads through real history.
 */
final class CoverageDataSet {

    private CoverageDataSet() {
    }

    static void load(String jdbcUrl, String user, int units, int organizations) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
             Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into organization (id, type, name_zh, founded_on)
                    values ('00000000-0000-7000-8000-000000000001', 'CITY', '永康市妇联', '1950-03-08')
                    """);
            sql.execute("""
                    insert into organization (id, type, name_zh, town_code, parent_id, founded_on)
                    select gen_random_uuid(), 'TOWN', name_zh || '妇联', code, '00000000-0000-7000-8000-000000000001', '2000-01-01'
                    from town
                    """);
            sql.execute("""
                    insert into organization (id, type, name_zh, industry, parent_id, founded_on)
                    values (gen_random_uuid(), 'INDUSTRY', '快递行业妇联', 'EXPRESS_DELIVERY', '00000000-0000-7000-8000-000000000001', '2021-06-01'),
                           (gen_random_uuid(), 'INDUSTRY', '互联网行业妇联', 'INTERNET', '00000000-0000-7000-8000-000000000001', '2022-03-01')
                    """);
            sql.execute("""
                    insert into organization (id, type, name_zh, town_code, parent_id, founded_on, dissolved_on)
                    select gen_random_uuid(), 'UNIT', '单位妇联' || n, t.town_code, t.id, date '2016-01-01' + (n %% 3000),
                           case when n %% 25 = 0 then date '2024-06-01' end
                    from generate_series(1, %d) n
                    join (select id, town_code, row_number() over (order by town_code) - 1 as k from organization where type = 'TOWN') t
                      on t.k = n %% 15
                    """.formatted(Math.max(0, organizations - 18)));
            sql.execute("""
                    insert into unit (id, name_zh, credit_code, domain, industry, town_code, headcount, women_headcount, registered_on)
                    select gen_random_uuid(), '单位' || n, 'B' || lpad(n::text, 17, '0'),
                           (array['NEW_ECONOMIC_ORGANIZATION', 'NEW_SOCIAL_ORGANIZATION', 'NEW_EMPLOYMENT_GROUP'])[1 + n %% 3],
                           (array['EXPRESS_DELIVERY', 'INTERNET', 'FOOD_DELIVERY', 'RIDE_HAILING', 'E_COMMERCE',
                                  'HARDWARE_MANUFACTURING', 'OTHER_MANUFACTURING', 'EDUCATION', 'SOCIAL_SERVICES', 'OTHER'])[1 + n %% 10],
                           t.code, 10 + n %% 200, (10 + n %% 200) / 2, date '2015-01-01' + (n %% 3650)
                    from generate_series(1, %d) n
                    join (select code, row_number() over (order by code) - 1 as k from town) t on t.k = n %% 15
                    """.formatted(units));
            // A unit's coverage starts a year after its registration; every fifth one ended after
            // two years and restarted, under another organisation of its town, half a year later.
            sql.execute("""
                    with covered as (
                        select u.id as unit_id, u.town_code, u.registered_on, row_number() over (order by u.id) as n,
                               (select o.id from organization o where o.town_code = u.town_code and o.type = 'UNIT'
                                order by o.id limit 1) as first_org,
                               (select o.id from organization o where o.town_code = u.town_code and o.type = 'TOWN') as town_org
                        from unit u)
                    insert into coverage (id, unit_id, organization_id, mode, town_code, started_on, ended_on)
                    select gen_random_uuid(), unit_id, coalesce(first_org, town_org),
                           (array['STANDALONE', 'INDUSTRY_WIDE', 'REGIONAL_JOINT'])[1 + n % 3], town_code,
                           registered_on + 365, case when n % 5 = 0 then registered_on + 365 * 3 end
                    from covered where n % 10 < 7
                    union all
                    select gen_random_uuid(), unit_id, town_org, 'REGIONAL_JOINT', town_code, registered_on + 365 * 3 + 180, null
                    from covered where n % 10 < 7 and n % 5 = 0
                    """);
            sql.execute("analyze");
        }
    }
}
