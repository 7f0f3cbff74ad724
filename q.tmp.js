const neo4j=require('neo4j-driver');
(async()=>{const d=neo4j.driver('bolt://127.0.0.1:7687'); const q=process.argv[2];
const r=await d.executeQuery(q); console.log(JSON.stringify(r.records.map(x=>x.toObject()),(k,v)=>typeof v==='bigint'?Number(v):v).slice(0,1500)); await d.close();})()
