-- One database per service (docs/architecture.md §1), created on the first start of the volume.
create database jinguo_identity;
create database jinguo_org;
create database jinguo_training;
create database jinguo_commerce;
create database jinguo_care;
