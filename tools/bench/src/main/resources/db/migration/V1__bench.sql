create table bench_change (
    sequence integer primary key
);
