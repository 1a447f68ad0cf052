SELECT * FROM panther_logs.public.aws_cloudtrail
